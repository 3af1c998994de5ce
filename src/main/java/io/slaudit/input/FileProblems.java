package io.slaudit.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What went wrong when a file could not be opened or read, in the words a user looks for ("no such
 * file", "permission denied"). Java's exceptions for these carry only the path as their message,
 * and the path is already in front of every message.
 */
public final class FileProblems {

    private FileProblems() {}

    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is not a folder";
        }
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return "cannot read the file (" + e.getClass().getSimpleName() + ")";
        }
        if (reason.equalsIgnoreCase("Is a directory")) {
            return "is a folder, not a file";
        }
        return "cannot read the file: " + reason;
    }
}
