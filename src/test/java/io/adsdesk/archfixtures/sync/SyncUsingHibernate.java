package io.adsdesk.archfixtures.sync;

import org.hibernate.Session;

/** Breaks "Hibernate and jakarta.persistence only in registry". */
final class SyncUsingHibernate {
    void write(Session session) {
        session.flush();
    }
}
