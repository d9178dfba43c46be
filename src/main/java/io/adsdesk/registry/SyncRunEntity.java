package io.adsdesk.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of {@code sync_runs}. */
@Entity
@Table(name = "sync_runs")
class SyncRunEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "started_at")
    Instant startedAt;
    @Column(name = "finished_at")
    Instant finishedAt;
    String outcome;
    @Column(name = "total_api")
    int totalApi;
    @Column(name = "total_db_before")
    int totalDbBefore;
    @Column(name = "total_db_after")
    int totalDbAfter;
    int added;
    int updated;
    int removed;
    int requests;
    String message;
}
