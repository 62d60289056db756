package dev.apikeep.ui.editor;

/** How the editor shows the computed expiry: none, set by the user, from the exchange's rule, or not known yet. */
public enum ExpiryKind { NONE, USER, EXCHANGE_RULE, UNKNOWN }
