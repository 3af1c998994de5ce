package io.slaudit.audit;

import io.slaudit.tickets.Reason;
import java.util.Objects;

/**
 * How the priorities a ticket export uses become the contract's own before a ticket is judged: the
 * seam through which {@code compare} replays one export under several contracts, each ticket's
 * priority put into the contract's class of the same normalised severity. Without a translation
 * the export names the contract's priorities itself, as in an audit.
 *
 * <p>Applied to the ticket's priority and to every priority change of the events file. The ticket
 * record keeps the export's name; the verdict carries the contract's.
 */
@FunctionalInterface
public interface PriorityTranslation {

    /** A name (key, label or alias) of the contract's priority for a priority as the export spells it. */
    Translated translate(String exportPriority);

    /** What a translation gives. */
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
