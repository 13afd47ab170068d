package com.portaldesk.insights;

/** The kinds of sign-in trouble a front desk can do something about, most urgent first. */
public enum InsightKind {
    SENDER_NOT_REGISTERED("Texts blocked: the firm's sending number is not registered"),
    OPTED_OUT("Texts blocked: the number opted out"),
    LOCKED_REPEATEDLY("Sign-in locked more than once"),
    SSN_MISMATCHES("Repeated SSN mismatches"),
    UNDELIVERED_TEXTS("Texts not delivered to one number"),
    NOT_READY("Contacts who cannot sign in");

    private final String title;

    InsightKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
