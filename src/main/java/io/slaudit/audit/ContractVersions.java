package io.slaudit.audit;

import io.slaudit.input.InputException;
import io.slaudit.input.SourceMark;
import io.slaudit.policy.Policy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The versions of one contract an audit judges by, each in force for its dates. A ticket is judged
 * under the version in force on the local date it was created; versions must not overlap.
 */
public final class ContractVersions {

    private final List<Policy> versions;
    private final List<Path> files;

    private ContractVersions(List<Policy> versions, List<Path> files) {
        this.versions = List.copyOf(versions);
        this.files = List.copyOf(files);
    }

    /**
     * @throws InputException when the files are different contracts or their dates overlap
     */
    public static ContractVersions of(List<Policy> policies, List<Path> files) {
        if (policies.isEmpty()) {
            throw new IllegalArgumentException("an audit needs a policy");
        }
        String id = policies.get(0).id();
        for (int i = 1; i < policies.size(); i++) {
            if (!policies.get(i).id().equals(id)) {
                throw InputException.invalid(
                        SourceMark.file(files.get(i).toString()),
                        "is contract '"
                                + policies.get(i).id() + "', not '" + id + "' of " + files.get(0)
                                + "; several --policy files must"
                                + " be versions of one contract");
            }
        }
        for (int i = 0; i < policies.size(); i++) {
            for (int j = i + 1; j < policies.size(); j++) {
                Policy a = policies.get(i);
                Policy b = policies.get(j);
                LocalDate aFrom = a.identity().effectiveFrom().orElse(LocalDate.MIN);
                LocalDate aTo = a.identity().effectiveTo().orElse(LocalDate.MAX);
                LocalDate bFrom = b.identity().effectiveFrom().orElse(LocalDate.MIN);
                LocalDate bTo = b.identity().effectiveTo().orElse(LocalDate.MAX);
                if (!aTo.isBefore(bFrom) && !bTo.isBefore(aFrom)) {
                    LocalDate both = aFrom.isAfter(bFrom) ? aFrom : bFrom;
                    LocalDate until = aTo.isBefore(bTo) ? aTo : bTo;
                    String when;
                    if (both.equals(LocalDate.MIN)) {
                        when = until.equals(LocalDate.MAX) ? "every date" : "every date up to " + until;
                    } else {
                        when = both.toString();
                    }
                    throw InputException.invalid(
                            SourceMark.file(files.get(j).toString()),
                            "overlaps " + files.get(i)
                                    + ": both versions are in force on " + when
                                    + "; set effective-from and effective-to so that one version is in force on each date");
                }
            }
        }
        return new ContractVersions(policies, files);
    }

    public List<Policy> all() {
        return versions;
    }

    public List<Path> files() {
        return files;
    }

    /** The first version: its id, vendor and default zone stand for the contract. */
    public Policy first() {
        return versions.get(0);
    }

    /** The zone in which the dates of tickets and periods are read. */
    public ZoneId zone() {
        return first().zone();
    }

    public Optional<Policy> inForceOn(LocalDate date) {
        for (Policy p : versions) {
            if (p.identity().inForceOn(date)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public static String versionOf(Policy p) {
        return p.identity()
                .version()
                .orElse(p.identity().effectiveFrom().map(d -> "from " + d).orElse("unversioned"));
    }

    public List<String> versionNames() {
        List<String> out = new ArrayList<>();
        for (Policy p : versions) {
            out.add(versionOf(p));
        }
        return out;
    }
}
