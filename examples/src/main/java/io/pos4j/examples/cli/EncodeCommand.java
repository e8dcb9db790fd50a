package io.pos4j.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.pos4j.iso8583.IsoCodec;
import io.pos4j.iso8583.IsoMessage;
import io.pos4j.iso8583.Tpdu;
import io.pos4j.iso8583.spec.ContentType;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.MessageSpec;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pos4j encode --dialect D --json J [--spec FILE]}: the decode JSON shape in, hex out. */
@Command(name = "encode", mixinStandardHelpOptions = true, description = "Encode fields (JSON) into an ISO 8583 message.")
public final class EncodeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dialect", description = "iso87-ascii, iso87-binary, iso87-ebcdic, iso93-ascii or cup")
    String dialect;

    @Option(names = "--spec", paramLabel = "FILE", description = "JSON spec file (instead of or derived from --dialect)")
    Path specFile;

    @Option(names = "--json", paramLabel = "J", required = true,
            description = "{\"mti\":\"0200\",\"tpdu\":..,\"header\":..,\"fields\":{\"3\":\"000000\",...}}; b fields as hex")
    String input;

    @Mixin
    DebugOption debugOption = new DebugOption();

    @Override
    public Integer call() {
        MessageSpec ms = DecodeCommand.resolve(dialect, specFile);
        IsoMessage m = build(ms, parse(input));
        spec.commandLine().getOut().println(HexInput.format(IsoCodec.of(ms).pack(m)));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode n = JsonOutput.mapper().readTree(text);
            if (n == null || !n.isObject()) {
                throw new CliException("--json: expected a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new CliException("--json: not valid JSON at line " + e.getLocation().getLineNr() + " column "
                    + e.getLocation().getColumnNr(), e);
        }
    }

    static IsoMessage build(MessageSpec ms, JsonNode doc) {
        JsonNode mti = doc.get("mti");
        if (mti == null || !mti.isValueNode()) {
            throw new CliException("--json: missing \"mti\"");
        }
        String key = "mti";
        try {
            IsoMessage.Builder b = IsoMessage.builder(ms, mti.asText());
            if (ms.hasTpdu()) {
                key = "tpdu";
                b.tpdu(Tpdu.of(text(doc, "tpdu")));
            }
            if (ms.headerLength() > 0) {
                key = "header";
                b.header(HexInput.parse("--json header", text(doc, "header")));
            }
            JsonNode fields = doc.path("fields");
            if (!fields.isObject()) {
                throw new CliException("--json: \"fields\" must be an object keyed by field number");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                key = "fields." + e.getKey();
                int n;
                try {
                    n = Integer.parseInt(e.getKey());
                } catch (NumberFormatException x) {
                    throw new CliException("--json: field key \"" + e.getKey() + "\" is not a field number");
                }
                FieldSpec f = ms.field(n);
                if (f == null) {
                    throw new CliException("--json: field " + n + " is not defined by " + ms.name());
                }
                if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                    throw new CliException("--json: field " + n + " must be a string");
                }
                String v = e.getValue().asText();
                if (f.type() == ContentType.B) {
                    b.set(n, HexInput.parse("--json field " + n, v));
                } else {
                    b.set(n, v);
                }
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new CliException("--json " + key + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode doc, String key) {
        JsonNode v = doc.get(key);
        if (v == null || !v.isValueNode()) {
            throw new CliException("--json: missing \"" + key + "\"");
        }
        return v.asText();
    }
}
