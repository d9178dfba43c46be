package io.adsdesk.sandbox;

/** One partner-API read endpoint: turns a parsed request into a reply. */
interface Route {
    Reply handle(PartnerRequest request);
}
