package io.slaudit.audit;

import io.slaudit.input.InputException;
import io.slaudit.tickets.ParsedRow;
import io.slaudit.tickets.TicketReader;
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
 */
final class RowPipeline implements Iterator<ParsedRow>, AutoCloseable {

    private static final int BATCH = 512;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
    private final Thread reader;
    private List<ParsedRow> batch = List.of();
    private int next;
    private boolean ended;

    /** A failure of the reading thread, passed on in order. */
    private record Failure(RuntimeException error) {}

    RowPipeline(TicketReader tickets) {
        reader = new Thread(() -> read(tickets), "slaudit-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(TicketReader tickets) {
        try {
            List<ParsedRow> rows = new ArrayList<>(BATCH);
            for (ParsedRow row : tickets) {
                rows.add(row);
                if (rows.size() == BATCH) {
                    queue.put(rows);
                    rows = new ArrayList<>(BATCH);
                }
            }
            if (!rows.isEmpty()) {
                queue.put(rows);
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

    @Override
    @SuppressWarnings("unchecked")
    public boolean hasNext() {
        while (next == batch.size()) {
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
            batch = (List<ParsedRow>) item;
            next = 0;
        }
        return true;
    }

    @Override
    public ParsedRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.get(next++);
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
