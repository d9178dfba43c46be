package io.adsdesk.registry;

import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

import javax.sql.DataSource;

/** Builds the SessionFactory: four entities, no scanning, no schema generation (migrations own the schema). */
final class HibernateBootstrap {
    static final int BATCH_SIZE = 1000;

    private HibernateBootstrap() {
    }

    static SessionFactory sessionFactory(DataSource dataSource, Vendor vendor) {
        Configuration cfg = new Configuration()
                .addAnnotatedClass(ProgramEntity.class)
                .addAnnotatedClass(ProgramBusinessEntity.class)
                .addAnnotatedClass(BusinessEntity.class)
                .addAnnotatedClass(SyncRunEntity.class);
        cfg.getProperties().put(AvailableSettings.DATASOURCE, dataSource);
        cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, "none");
        cfg.setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, Integer.toString(BATCH_SIZE));
        cfg.setProperty(AvailableSettings.ORDER_INSERTS, "true");
        cfg.setProperty(AvailableSettings.ORDER_UPDATES, "true");
        cfg.setProperty(AvailableSettings.SHOW_SQL, "false");
        cfg.setProperty("hibernate.boot.allow_jdbc_metadata_access", "false");
        cfg.setProperty("jakarta.persistence.database-product-name", vendor.productName);
        cfg.setProperty("jakarta.persistence.database-major-version", Integer.toString(vendor.majorVersion));
        cfg.setProperty("jakarta.persistence.database-minor-version", Integer.toString(vendor.minorVersion));
        return cfg.buildSessionFactory();
    }
}
