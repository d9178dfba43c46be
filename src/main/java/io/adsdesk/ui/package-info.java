/**
 * The JavaFX dashboard: views and view models, one sub-package per screen. The UI sees model,
 * the actions engine, the synchronizer's interface and the registry's interface and records;
 * never api, entities or Hibernate.
 */
package io.adsdesk.ui;
