package io.slaudit.audit;

import io.slaudit.calendar.ZoneTime;
import io.slaudit.input.InputException;
import io.slaudit.tickets.ParsedRow;
import io.slaudit.tickets.TicketReader;
import io.slaudit.tickets.TicketRecord;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads and parses the ticket export on a thread of its own while the audit judges, handing rows
 * over in order, in batches, through a small bounded queue: the parse and the judging share two
 * cores, and memory stays flat. A failure of the reader reaches the audit in the row order.
 *
 * <p>Judging costs more than reading, so the reading thread also works out what needs only the row
 * itself: the fingerprint of the ticket id (for duplicate detection) and the local date it was
 * created (for the period and the contract version).
 */
final class RowPipeline implements Iterator<ParsedRow>, AutoCloseable {

    private static final int BATCH = 512;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
    private final Thread reader;
    private Batch batch = new Batch(List.of(), new long[0], new long[0]);
    private int next;
    private boolean ended;

    /** A failure of the reading thread, passed on in order. */
    private record Failure(RuntimeException error) {}

    /** Rows with, for tickets, their id's fingerprint and their local creation day. */
    private record Batch(List<ParsedRow> rows, long[] fingerprints, long[] days) {}

    RowPipeline(TicketReader tickets, ZoneId zone) {
        reader = new Thread(() -> read(tickets, new ZoneTime(zone)), "slaudit-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(TicketReader tickets, ZoneTime local) {
        try {
            Batch b = newBatch();
            for (ParsedRow row : tickets) {
                int i = b.rows().size();
                if (row instanceof TicketRecord t) {
                    b.fingerprints()[i] = IdRegistry.fingerprint(t.id());
                    b.days()[i] = local.epochDay(t.created());
                }
                b.rows().add(row);
                if (b.rows().size() == BATCH) {
                    queue.put(b);
                    b = newBatch();
                }
            }
            if (!b.rows().isEmpty()) {
                queue.put(b);
            }
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            try {
                queue.put(new Failure(e));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Batch newBatch() {
        return new Batch(new ArrayList<>(BATCH), new long[BATCH], new long[BATCH]);
    }

    @Override
    public boolean hasNext() {
        while (next == batch.rows().size()) {
            if (ended) {
                return false;
            }
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the ticket export", e);
            }
            if (item == END) {
                ended = true;
                return false;
            }
            if (item instanceof Failure f) {
                ended = true;
                throw f.error() instanceof InputException ie ? ie : f.error();
            }
            batch = (Batch) item;
            next = 0;
        }
        return true;
    }

    @Override
    public ParsedRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.rows().get(next++);
    }

    /** The fingerprint of the id of the ticket {@link #next()} returned last. */
    long fingerprint() {
        return batch.fingerprints()[next - 1];
    }

    /** The local epoch day on which the ticket {@link #next()} returned last was created. */
    long createdDay() {
        return batch.days()[next - 1];
    }

    /** Stops the reader (when the audit ends early) and waits for it, so the file can be closed. */
    @Override
    public void close() {
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
