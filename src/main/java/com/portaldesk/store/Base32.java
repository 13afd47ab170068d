package com.portaldesk.store;

/**
 * Bytes as base-32 text, five bits a character, in a given alphabet of 32: RFC 4648's for authenticator secrets,
 * Crockford's for the recovery key. The last character is padded with zero bits; no '=' padding.
 */
public final class Base32 {
    public static final String RFC_4648 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    public static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private Base32() {}

    public static String encode(byte[] bytes, String alphabet) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(alphabet.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }
}
