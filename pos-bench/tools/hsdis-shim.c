/*
 * hsdis-shim.c: lets JDK 17 use an hsdis library that only has the old entry point.
 *
 * Debian's libhsdis0-fcml (and other old builds) export decode_instructions(); JDK 9+ looks up
 * decode_instructions_virtual() and otherwise prints raw hex, so JMH's -prof perfasm shows no
 * instructions and drops most samples. This shim exports the new name and forwards to the old
 * one for live code (buffer == start address, which is how the JVM calls it for nmethods).
 *
 *   gcc -shared -fPIC -O2 -o hsdis-amd64.so hsdis-shim.c -ldl
 *   cp hsdis-amd64.so "$JAVA_HOME/lib/"        # or put its directory on LD_LIBRARY_PATH
 *   java -jar pos-bench/target/benchmarks.jar Iso8583Bench.buildPackBinary_pos4j \
 *        -f 1 -prof 'perfasm:events=cpu-clock'
 *
 * A local diagnostic only: nothing in the build uses it. HSDIS_OLD overrides the library path.
 */
#include <dlfcn.h>
#include <stdint.h>
#include <stdlib.h>

typedef void *(*old_decode_t)(void *, void *, void *, void *, void *, void *, const char *);

void *decode_instructions_virtual(uintptr_t start_va, uintptr_t end_va, unsigned char *buffer,
                                  uintptr_t length, void *event_callback, void *event_stream,
                                  void *printf_callback, void *printf_stream, const char *options,
                                  int newline) {
    static old_decode_t old = 0;
    (void) length;
    (void) options;
    (void) newline;
    if (!old) {
        const char *path = getenv("HSDIS_OLD");
        void *h = dlopen(path ? path : "/usr/lib/x86_64-linux-gnu/libhsdis.so.0", RTLD_NOW | RTLD_LOCAL);
        if (!h) {
            return 0;
        }
        old = (old_decode_t) dlsym(h, "decode_instructions");
        if (!old) {
            return 0;
        }
    }
    if ((uintptr_t) buffer != start_va) {
        return 0; /* not live code: the old entry point cannot decode a copy */
    }
    /* no options: the old library rejects the new ones ("Argument 0 is unknown") */
    return old((void *) start_va, (void *) end_va, event_callback, event_stream, printf_callback,
               printf_stream, "");
}
