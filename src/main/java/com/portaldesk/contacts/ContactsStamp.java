package com.portaldesk.contacts;

/**
 * The number of contacts and the sum of their row versions; two equal stamps mean nothing was added or changed
 * between them.
 */
public record ContactsStamp(long count, long versions) {}
