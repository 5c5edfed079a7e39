package org.mkplay.backend.builds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.mkplay.toolchain.Compiler;

/**
 * SHA-256 of the code that compiles (the toolchain's jar or classes folder; in the server jar, the jar), so a
 * build cached by one toolchain is never served for another: build ids change when the compiler does.
 */
final class ToolchainFingerprint {
    private static String value;

    private ToolchainFingerprint() {}

    static synchronized String get() {
        if (value == null) {
            value = compute();
        }
        return value;
    }

    private static String compute() {
        try {
            Path location = Path.of(Compiler.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<Path> files;
            try (Stream<Path> all = Files.isDirectory(location) ? Files.walk(location) : Stream.of(location)) {
                files = all.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                sha.update(location.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the toolchain's code to fingerprint it", e);
        } catch (URISyntaxException | NoSuchAlgorithmException | NullPointerException e) {
            throw new IllegalStateException("cannot locate the toolchain's code", e);
        }
    }
}
