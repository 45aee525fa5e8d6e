package io.pierre.data.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Additional authenticated data: format, key version, table, column and identity fields, each prefixed with its
 * length (4 bytes, big-endian) so no two different field lists encode to the same bytes ("a|b","c" vs "a","b|c").
 */
public final class Aad {

    private Aad() {}

    public static byte[] encode(String format, int keyVersion, SealContext context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        field(out, format);
        field(out, Integer.toString(keyVersion));
        field(out, context.table());
        field(out, context.column());
        for (String part : context.identity()) {
            field(out, part);
        }
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
