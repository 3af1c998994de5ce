package io.slaudit.tickets;

/** What one data row of an export turned into: a ticket, or a rejection with its reason. */
public sealed interface ParsedRow permits TicketRecord, RejectedRow {

    /** The line of the file the row starts on. */
    long line();
}
