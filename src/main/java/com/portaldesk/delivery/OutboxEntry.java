package com.portaldesk.delivery;

import com.portaldesk.contacts.Channel;
import java.time.Instant;
import java.util.UUID;

/** A kept message as staff see it: destination masked, text readable (it is a demonstration). */
public record OutboxEntry(
        UUID id, Instant createdAt, Channel channel, String destinationMasked, String subject, String body) {}
