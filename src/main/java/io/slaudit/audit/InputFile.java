package io.slaudit.audit;

import io.slaudit.input.FileErrors;
import io.slaudit.input.InputException;
import io.slaudit.input.SourceMark;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** An input of an audit as evidence: its role, the path given, its SHA-256 and size. */
public record InputFile(String role, String path, String sha256, long bytes) {

    public InputFile {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }

    public static InputFile of(String role, Path file) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        long bytes = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                bytes += n;
            }
        } catch (NoSuchFileException e) {
            throw InputException.unreadable(SourceMark.file(file.toString()), "no such file");
        } catch (IOException e) {
            throw InputException.unreadable(
                    SourceMark.file(file.toString()), "cannot read the file: " + FileErrors.reason(e));
        }
        return new InputFile(role, file.toString(), HexFormat.of().formatHex(digest.digest()), bytes);
    }
}
