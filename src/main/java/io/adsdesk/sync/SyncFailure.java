package io.adsdesk.sync;

/** Why a sync failed, in terms a user can act on. */
public enum SyncFailure {
    CREDENTIALS_REFUSED("The partner API refused the username or password. Check them and sign in again."),
    NO_ACCESS("These credentials have no access to the program list. Ask Yelp's partner support to enable it."),
    RATE_LIMITED("The partner API is limiting requests. AdsDesk will try again later."),
    UNAVAILABLE("The partner API could not be reached. Showing the last synced data; AdsDesk will retry."),
    UNEXPECTED_RESPONSE("The partner API sent a response AdsDesk did not understand. Details are in the log."),
    INCOMPLETE("Not every page could be downloaded, so nothing was changed."),
    UNTRUSTED_SERVER("The server did not prove it is the partner API (its certificate is not trusted), so AdsDesk sent "
            + "nothing and will not retry on its own. Check the base URL and the network."),
    BUSY("Another sync of this account is already running."),
    PASSWORD_NEEDED("Enter the password to sync this account (Account menu, then Connect). The programs shown are from the last sync."),
    /** The local registry could not be used; the report's message says why and what to do. */
    LOCAL_REGISTRY("The local registry could not be used; nothing was changed."),
    INTERNAL("AdsDesk hit an internal error. Details are in the log.");

    private final String advice;

    SyncFailure(String advice) {
        this.advice = advice;
    }

    /** A plain-words sentence saying what happened and what to do. */
    public String advice() {
        return advice;
    }
}
