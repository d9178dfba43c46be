/**
 * Accounts: the connect dialog, the account session (which account, its registry, synchronizer
 * and actions), switching, signing out, the demo account, and where passwords are kept.
 */
package io.adsdesk.ui.accounts;
