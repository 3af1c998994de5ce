package io.slaudit.drift;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The changes of one policy, matched by its {@code policy} id across the two sides: added (only on
 * the new side), removed (only on the old one), changed or unchanged. For a lock the old side is
 * the locked form; for drift the new side is the ticketing system's configuration.
 */
public record PolicyChanges(
        String policy, Status status, Optional<Side> old, Optional<Side> current, List<Change> changes) {

    /** How the policy fares between the two sides. */
    public enum Status {
        ADDED("added"),
        REMOVED("removed"),
        CHANGED("changed"),
        UNCHANGED("unchanged");

        private final String key;

        Status(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * One side of the comparison: where it was read from (a file, {@code REV:path}, a lock entry, a
     * system's export), the file a CI annotation names, the contract's version and the SHA-256 of
     * its canonical form.
     */
    public record Side(String source, String file, Optional<String> version, Optional<String> sha256) {
        public Side {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    public PolicyChanges {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(old, "old");
        Objects.requireNonNull(current, "current");
        changes = List.copyOf(changes);
    }

    public long count(Classification c) {
        return changes.stream().filter(x -> x.classification() == c).count();
    }
}
