/** The change queue on screen: bulk changes on the selected programs, the pending changes, undo and redo. */
package io.adsdesk.ui.queue;
