package io.pos4j.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;

/** One JSON document on stdout, keys in insertion order (use {@code LinkedHashMap}). */
public final class JsonOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    /** @return the shared mapper; configured once, thread-safe for reading and writing */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Prints {@code value} as one JSON document followed by a newline. */
    public static void print(PrintWriter out, Object value) {
        try {
            out.println(MAPPER.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON output", e);
        }
    }
}
