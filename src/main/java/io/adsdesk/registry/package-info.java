/**
 * The local store of each account: {@link io.adsdesk.registry.ProgramRegistry} (the interface
 * everyone else uses), its H2 + Hibernate implementation, the entities (which never leave this
 * package), schema migrations, the contents cache, the job and audit tables, the per-account
 * directories under the data root and the sync lock. Sees model only.
 */
package io.adsdesk.registry;
