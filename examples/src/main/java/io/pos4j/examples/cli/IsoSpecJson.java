package io.pos4j.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pos4j.iso8583.spec.ContentType;
import io.pos4j.iso8583.spec.Dialects;
import io.pos4j.iso8583.spec.FieldEncoding;
import io.pos4j.iso8583.spec.FieldSpec;
import io.pos4j.iso8583.spec.LengthEncoding;
import io.pos4j.iso8583.spec.LengthType;
import io.pos4j.iso8583.spec.LengthUnit;
import io.pos4j.iso8583.spec.MessageSpec;
import io.pos4j.iso8583.spec.Padding;
import io.pos4j.iso8583.spec.Sensitivity;
import io.pos4j.iso8583.spec.Subfields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON form of a {@link MessageSpec}, so an acquirer's layout is a file. Round-trips:
 * {@code read(write(spec))} equals {@code spec} field by field. Shape:
 *
 * <pre>{@code
 * {"name":"my-acquirer", "base":"cup",            // optional: start from a ready dialect
 *  "mtiEncoding":"BCD", "bitmapEncoding":"BINARY", "tertiaryBitmap":false, "tpdu":true, "headerLength":6,
 *  "remove":[48],                                  // optional: drop fields of the base
 *  "fields":[{"number":2, "name":"PAN", "type":"N", "lengthType":"LL", "length":19, "encoding":"BCD",
 *             "lengthEncoding":"BCD", "unit":"VALUE", "padding":"RIGHT_ZERO", "sensitivity":"PAN",
 *             "subfields":{"kind":"positional","parts":[{"number":1,"type":"N","length":2}, ...]}}]}
 * }</pre>
 *
 * Enum values are the Java constant names (case-insensitive). Errors name the JSON location.
 */
public final class IsoSpecJson {

    private IsoSpecJson() {
    }

    /**
     * @param file a JSON spec file
     * @return the spec
     * @throws CliException naming the file and the problem
     */
    public static MessageSpec load(Path file) {
        try {
            return read(JsonOutput.mapper().readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new CliException("--spec " + file.getFileName() + ": cannot read JSON (" + e.getClass().getSimpleName()
                    + ")", e);
        }
    }

    /**
     * @param root the JSON object
     * @return the spec
     * @throws CliException naming the JSON location and the problem
     */
    public static MessageSpec read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new CliException("spec: expected a JSON object");
        }
        MessageSpec.Builder b;
        try {
            if (root.hasNonNull("base")) {
                b = Dialects.byName(root.get("base").asText()).toBuilder();
                if (root.hasNonNull("name")) {
                    b.name(root.get("name").asText());
                }
            } else {
                b = MessageSpec.builder(required(root, "name", "spec").asText());
            }
            if (root.has("mtiEncoding")) {
                b.mtiEncoding(enumOf(FieldEncoding.class, root.get("mtiEncoding"), "spec.mtiEncoding"));
            }
            if (root.has("bitmapEncoding")) {
                b.bitmapEncoding(enumOf(FieldEncoding.class, root.get("bitmapEncoding"), "spec.bitmapEncoding"));
            }
            if (root.has("tertiaryBitmap")) {
                b.tertiaryBitmap(root.get("tertiaryBitmap").asBoolean());
            }
            if (root.has("tpdu")) {
                b.tpdu(root.get("tpdu").asBoolean());
            }
            if (root.has("headerLength")) {
                b.headerLength(root.get("headerLength").asInt());
            }
            for (JsonNode n : root.path("remove")) {
                b.remove(n.asInt());
            }
            JsonNode fields = root.path("fields");
            for (int i = 0; i < fields.size(); i++) {
                b.field(field(fields.get(i), "spec.fields[" + i + "]"));
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new CliException("spec: " + e.getMessage(), e);
        }
    }

    private static FieldSpec field(JsonNode n, String where) {
        if (!n.isObject()) {
            throw new CliException(where + ": expected an object");
        }
        FieldSpec.Builder f = FieldSpec.builder(required(n, "number", where).asInt());
        if (n.hasNonNull("name")) {
            f.name(n.get("name").asText());
        }
        if (n.has("type")) {
            f.type(enumOf(ContentType.class, n.get("type"), where + ".type"));
        }
        LengthType lt = n.has("lengthType") ? enumOf(LengthType.class, n.get("lengthType"), where + ".lengthType")
                : LengthType.FIXED;
        int length = required(n, "length", where).asInt();
        if (lt == LengthType.FIXED) {
            f.fixed(length);
        } else {
            f.variable(lt, length, enumOf(LengthEncoding.class, required(n, "lengthEncoding", where),
                    where + ".lengthEncoding"));
        }
        if (n.has("encoding")) {
            f.encoding(enumOf(FieldEncoding.class, n.get("encoding"), where + ".encoding"));
        }
        if (n.has("unit")) {
            f.unit(enumOf(LengthUnit.class, n.get("unit"), where + ".unit"));
        }
        if (n.has("padding")) {
            f.padding(enumOf(Padding.class, n.get("padding"), where + ".padding"));
        }
        if (n.has("sensitivity")) {
            f.sensitivity(enumOf(Sensitivity.class, n.get("sensitivity"), where + ".sensitivity"));
        }
        JsonNode sub = n.get("subfields");
        if (sub != null && !sub.isNull()) {
            String kind = required(sub, "kind", where + ".subfields").asText();
            switch (kind) {
                case "tlv" -> f.subfields(new Subfields.Tlv());
                case "positional" -> {
                    List<FieldSpec> parts = new ArrayList<>();
                    JsonNode ps = sub.path("parts");
                    for (int i = 0; i < ps.size(); i++) {
                        parts.add(field(ps.get(i), where + ".subfields.parts[" + i + "]"));
                    }
                    f.subfields(new Subfields.Positional(parts));
                }
                default -> throw new CliException(where + ".subfields.kind: expected tlv or positional");
            }
        }
        return f.build();
    }

    private static JsonNode required(JsonNode n, String key, String where) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            throw new CliException(where + ": missing \"" + key + "\"");
        }
        return v;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, JsonNode v, String where) {
        String s = v.asText().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        throw new CliException(where + ": unknown value (expected one of "
                + java.util.Arrays.toString(type.getEnumConstants()) + ")");
    }

    /**
     * @param spec a spec
     * @return its full JSON form (no {@code base})
     */
    public static ObjectNode write(MessageSpec spec) {
        ObjectNode root = JsonOutput.mapper().createObjectNode();
        root.put("name", spec.name());
        root.put("mtiEncoding", spec.mtiEncoding().name());
        root.put("bitmapEncoding", spec.bitmapEncoding().name());
        root.put("tertiaryBitmap", spec.hasTertiaryBitmap());
        root.put("tpdu", spec.hasTpdu());
        root.put("headerLength", spec.headerLength());
        ArrayNode fields = root.putArray("fields");
        for (FieldSpec f : spec.fields()) {
            fields.add(write(f));
        }
        return root;
    }

    private static ObjectNode write(FieldSpec f) {
        ObjectNode n = JsonOutput.mapper().createObjectNode();
        n.put("number", f.number());
        n.put("name", f.name());
        n.put("type", f.type().name());
        n.put("lengthType", f.lengthType().name());
        n.put("length", f.length());
        n.put("encoding", f.encoding().name());
        if (f.lengthEncoding() != null) {
            n.put("lengthEncoding", f.lengthEncoding().name());
        }
        n.put("unit", f.unit().name());
        n.put("padding", f.padding().name());
        n.put("sensitivity", f.sensitivity().name());
        if (f.subfields() instanceof Subfields.Tlv) {
            n.putObject("subfields").put("kind", "tlv");
        } else if (f.subfields() instanceof Subfields.Positional p) {
            ObjectNode s = n.putObject("subfields");
            s.put("kind", "positional");
            ArrayNode parts = s.putArray("parts");
            for (FieldSpec part : p.parts()) {
                parts.add(write(part));
            }
        }
        return n;
    }

    /** @return the field entries of a JSON object in document order */
    static Iterator<Map.Entry<String, JsonNode>> entries(JsonNode n) {
        return n.fields();
    }
}
