package io.slaudit.audit;

import io.slaudit.tickets.Reason;
import java.util.Objects;
import java.util.Optional;

/**
 * How the names a ticket export uses become the contract's before a ticket is judged: the seam
 * through which {@code compare} replays one export under several contracts. Each ticket's priority
 * is put into the contract's class of the same normalised severity; a channel, region or tier the
 * contract does not know (the export's system names them its own way) can be left out, so that the
 * ticket is judged as one the export gives none. Without a translation the export names the
 * contract's own, as in an audit.
 *
 * <p>The priority translation applies to the ticket's priority and to every priority change of
 * the events file. The ticket record keeps the export's names; the verdict carries the contract's.
 */
public interface NameTranslation {

    /** A name (key, label or alias) of the contract's priority for a priority as the export spells it. */
    Translated priority(String exportPriority);

    /** The name to judge a ticket's channel by; empty to judge it as if the export named none. */
    default Optional<String> channel(String exportChannel) {
        return Optional.of(exportChannel);
    }

    /** The name to judge a ticket's region by; empty to judge it as if the export named none. */
    default Optional<String> region(String exportRegion) {
        return Optional.of(exportRegion);
    }

    /** The name to judge a ticket's tier by; empty to judge it as if the export named none. */
    default Optional<String> tier(String exportTier) {
        return Optional.of(exportTier);
    }

    /** What a priority translation gives. */
    sealed interface Translated permits To, None {}

    /** The contract's name for the priority. */
    record To(String priority) implements Translated {
        public To {
            Objects.requireNonNull(priority, "priority");
        }
    }

    /** The contract has no class for it: the ticket is rejected (the event ignored) with this reason. */
    record None(Reason why) implements Translated {
        public None {
            Objects.requireNonNull(why, "why");
        }
    }
}
