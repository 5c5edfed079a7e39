package org.mkplay.backend.modules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Module ids, as the Go playground makes its share ids: SHA-256 of a version salt and the module's canonical
 * JSON, base64url, cut to {@value #LENGTH} characters (72 bits: a collision is not expected before ~10^10
 * modules, and {@link ModuleStore} detects one rather than overwriting). The salt changes only if the canonical
 * form does, so a link stays the same across releases.
 */
public final class ModuleId {
    public static final int LENGTH = 12;
    static final String SALT = "mkplay-module-v1\n";
    public static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");

    private ModuleId() {}

    public static String of(String canonicalJson) {
        return hash(SALT, canonicalJson, LENGTH);
    }

    /** base64url of SHA-256(salt + text), first {@code length} characters. */
    public static String hash(String salt, String text, int length) {
        return digest((salt + text).getBytes(StandardCharsets.UTF_8)).substring(0, length);
    }

    /** base64url (no padding) of SHA-256(bytes), all 43 characters. */
    public static String digest(byte[] bytes) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
