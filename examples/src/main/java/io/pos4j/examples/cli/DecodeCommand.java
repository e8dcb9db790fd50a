package io.pos4j.examples.cli;

import io.pos4j.iso8583.IsoCodec;
import io.pos4j.iso8583.IsoMessage;
import io.pos4j.iso8583.spec.Dialects;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.MessageSpec;
import io.pos4j.iso8583.spec.Sensitivity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pos4j decode --dialect D --hex H [--json] [--unmask] [--spec FILE]}. */
@Command(name = "decode", mixinStandardHelpOptions = true, description = "Decode an ISO 8583 message into fields.")
public final class DecodeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dialect", description = "iso87-ascii, iso87-binary, iso87-ebcdic, iso93-ascii or cup")
    String dialect;

    @Option(names = "--spec", paramLabel = "FILE", description = "JSON spec file (instead of or derived from --dialect)")
    Path specFile;

    @Option(names = "--hex", required = true, description = "the message; for cup from the TPDU on (no length prefix)")
    String hex;

    @Option(names = "--unmask", description = "show PAN, track data, EMV data and the PIN block (DE 52) in clear")
    boolean unmask;

    @Mixin
    OutputOptions output = new OutputOptions();

    /** The spec from {@code --spec} or {@code --dialect}. */
    static MessageSpec resolve(String dialect, Path specFile) {
        if (specFile != null) {
            return IsoSpecJson.load(specFile);
        }
        if (dialect == null) {
            throw new CliException("--dialect: missing (expected one of " + Dialects.names() + ")");
        }
        try {
            return Dialects.byName(dialect);
        } catch (IllegalArgumentException e) {
            throw new CliException("--dialect: " + e.getMessage(), e);
        }
    }

    @Override
    public Integer call() {
        MessageSpec ms = resolve(dialect, specFile);
        IsoMessage m = IsoCodec.of(ms).unpack(HexInput.parse("--hex", hex));
        Map<String, Object> doc = toJson(m, unmask);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            JsonOutput.print(out, doc);
        } else {
            out.println("mti " + doc.get("mti") + " (" + ms.name() + ")");
            if (doc.containsKey("tpdu")) {
                out.println("tpdu " + doc.get("tpdu"));
                out.println("header " + doc.get("header"));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) doc.get("fields");
            for (Map.Entry<String, Object> e : fields.entrySet()) {
                FieldSpec f = ms.field(Integer.parseInt(e.getKey()));
                out.printf("%4s %-40s %s%n", e.getKey(), f.name(), e.getValue());
            }
            out.flush();
        }
        return 0;
    }

    /** The DESIGN.md JSON shape: mti, tpdu and header (when present), fields keyed by decimal number. */
    static Map<String, Object> toJson(IsoMessage m, boolean unmask) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("mti", m.mti().toString());
        m.tpdu().ifPresent(t -> doc.put("tpdu", t.toString()));
        if (m.spec().headerLength() > 0) {
            doc.put("header", HexFormat.of().withUpperCase().formatHex(m.header()));
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int n : m.fields()) {
            Sensitivity s = m.spec().field(n).sensitivity();
            if (s == Sensitivity.PIN_BLOCK && !unmask) {
                continue;
            }
            fields.put(Integer.toString(n), unmask ? m.text(n) : m.displayText(n));
        }
        doc.put("fields", fields);
        return doc;
    }
}
