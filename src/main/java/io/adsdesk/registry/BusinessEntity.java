package io.adsdesk.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of {@code businesses}. */
@Entity
@Table(name = "businesses")
class BusinessEntity {
    @Id
    @Column(name = "yelp_business_id")
    String yelpBusinessId;
    String name;
    @Column(name = "partner_business_id")
    String partnerBusinessId;
    String city;
    boolean closed;
    @Column(name = "removed_from_search")
    boolean removedFromSearch;
    @Column(name = "refreshed_at")
    Instant refreshedAt;
}
