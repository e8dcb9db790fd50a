package io.pos4j.examples.cli;

import io.pos4j.emv.tlv.Bytes;
import io.pos4j.emv.tlv.SensitiveTags;
import io.pos4j.emv.tlv.Tlv;
import io.pos4j.emv.tlv.TlvList;
import io.pos4j.emv.tlv.TlvOptions;
import io.pos4j.emv.tlv.TlvParser;
import io.pos4j.emv.tlv.dictionary.EmvDecoders;
import io.pos4j.emv.tlv.dictionary.TagDictionary;
import io.pos4j.emv.tlv.dictionary.TagFormat;
import io.pos4j.emv.tlv.dictionary.TagInfo;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pos4j tlv --hex H [--json] [--strict] [--ff-padding] [--repair-length] [--unmask]}: a
 * BER-TLV tree with tag names and decoded bits. EMV-lenient by default (00 padding skipped).
 */
@Command(name = "tlv", mixinStandardHelpOptions = true,
        description = "Decode BER-TLV (EMV) data into a tree with tag names and decoded bits.")
public final class TlvCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--hex", required = true, paramLabel = "H", description = "the TLV data in hex (spaces allowed)")
    String hex;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Option(names = "--strict", description = "plain BER: no padding, the data must end after the last object")
    boolean strict;

    @Option(names = "--ff-padding", description = "also skip FF padding bytes between objects")
    boolean ffPadding;

    @Option(names = "--repair-length",
            description = "read an impossible long-form length byte (85-FE) as a one-byte length when it ends exactly at its parent's end (cloned cards)")
    boolean repairLength;

    @Option(names = "--unmask", description = "show sensitive values (PAN, tracks, cardholder name) in clear")
    boolean unmask;

    private final TagDictionary dictionary = TagDictionary.standard();

    @Override
    public Integer call() {
        byte[] bytes = HexInput.parse("--hex", hex);
        TlvOptions options = strict ? TlvOptions.strict() : TlvOptions.emvLenient();
        if (ffPadding) {
            options = options.withFfPadding(true);
        }
        if (repairLength) {
            options = options.withLongFormLengthRepair(true);
        }
        TlvList list = TlvParser.of(options).parse(bytes);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            JsonOutput.print(out, toJson(list.objects()));
        } else {
            for (Tlv t : list) {
                print(out, t, "");
            }
            out.flush();
        }
        return 0;
    }

    private List<Map<String, Object>> toJson(List<Tlv> objects) {
        List<Map<String, Object>> out = new ArrayList<>(objects.size());
        for (Tlv t : objects) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tag", t.tag().toString());
            dictionary.name(t.tag()).ifPresent(n -> m.put("name", n));
            m.put("length", t.valueLength());
            if (t.isConstructed()) {
                m.put("children", toJson(t.children()));
            } else {
                m.put("value", shown(t));
            }
            out.add(m);
        }
        return out;
    }

    private String shown(Tlv t) {
        return unmask ? t.value().toHex() : SensitiveTags.display(t.tag(), t.value());
    }

    private void print(PrintWriter out, Tlv t, String indent) {
        Optional<TagInfo> info = dictionary.find(t.tag());
        StringBuilder line = new StringBuilder(indent).append(t.tag());
        info.ifPresent(i -> line.append(' ').append(i.name()));
        line.append(" (").append(t.valueLength()).append(')');
        if (t.isConstructed()) {
            out.println(line);
            for (Tlv c : t.children()) {
                print(out, c, indent + "  ");
            }
            return;
        }
        line.append(": ").append(shown(t));
        boolean hidden = !unmask && SensitiveTags.isSensitive(t.tag());
        if (!hidden && info.isPresent() && isText(info.get().format())) {
            text(t.value()).ifPresent(s -> line.append("  \"").append(s).append('"'));
        }
        out.println(line);
        EmvDecoders.decode(t.tag(), t.value()).ifPresent(lines -> {
            for (String l : lines) {
                out.println(indent + "    - " + l);
            }
        });
    }

    private static boolean isText(TagFormat f) {
        return f == TagFormat.A || f == TagFormat.AN || f == TagFormat.ANS;
    }

    /** The value as text when every byte is printable ASCII. */
    private static Optional<String> text(Bytes value) {
        byte[] b = value.toByteArray();
        for (byte x : b) {
            if (x < 0x20 || x > 0x7E) {
                return Optional.empty();
            }
        }
        return Optional.of(new String(b, StandardCharsets.US_ASCII));
    }
}
