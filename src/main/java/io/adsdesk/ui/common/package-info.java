/**
 * Small shared UI pieces: the {@link io.adsdesk.ui.common.TaskExecutor} seam view models get
 * injected (FX and same-thread versions), formats, themes and the remembered settings.
 */
package io.adsdesk.ui.common;
