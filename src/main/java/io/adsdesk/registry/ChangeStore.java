package io.adsdesk.registry;

import io.adsdesk.model.change.PendingChange;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The pending changes of the accounts stored in a registry (table {@code pending_changes}): the
 * queue and, once posted or dropped, its history. Callable from any worker thread; each call is one
 * transaction.
 */
public interface ChangeStore {

    /**
     * Stores new changes in one transaction and returns them with their ids, in the given order. A
     * change that already carries an id (one being restored by undo) keeps it.
     */
    List<PendingChange> insert(List<PendingChange> changes);

    /** Overwrites the stored changes with these (matched by id), in one transaction. */
    void update(List<PendingChange> changes);

    /** Removes changes for good (a revert, or undoing the edit that made them), in one transaction. */
    void delete(Collection<Long> ids);

    /** The account's open changes (pending, posting, conflict), oldest first. */
    List<PendingChange> open(String account);

    /** The account's finished changes (completed, rejected, cancelled), most recently updated first. */
    List<PendingChange> history(String account, int limit);

    Optional<PendingChange> find(long id);
}
