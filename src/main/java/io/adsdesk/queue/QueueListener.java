package io.adsdesk.queue;

/**
 * Told after every change to the queue (an edit, undo/redo, a posting step). Called on the thread
 * that made the change, a worker: a view hands the snapshot over to its own thread.
 */
@FunctionalInterface
public interface QueueListener {
    void queueChanged(QueueSnapshot snapshot);
}
