package io.adsdesk.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A row of {@code program_businesses}: the n-th business a program covers. */
@Entity
@Table(name = "program_businesses")
@IdClass(ProgramBusinessEntity.Key.class)
class ProgramBusinessEntity {
    @Id
    @Column(name = "program_id")
    String programId;
    @Id
    int position;
    @Column(name = "yelp_business_id")
    String yelpBusinessId;
    @Column(name = "partner_business_id")
    String partnerBusinessId;

    static class Key implements Serializable {
        String programId;
        int position;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.position == position && Objects.equals(k.programId, programId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(programId, position);
        }
    }
}
