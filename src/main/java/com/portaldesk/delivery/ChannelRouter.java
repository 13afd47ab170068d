package com.portaldesk.delivery;

import com.portaldesk.contacts.Channel;
import java.time.Duration;

/** Sends each code by the sender of its channel: texts one way, emails another (each real or the outbox). */
public final class ChannelRouter implements CodeSender {
    private volatile CodeSender sms;
    private volatile CodeSender email;

    public ChannelRouter(CodeSender sms, CodeSender email) {
        this.sms = sms;
        this.email = email;
    }

    @Override
    public DeliveryResult send(CodeMessage message) {
        return senderFor(message.channel()).send(message);
    }

    @Override
    public DeliveryResult status(Channel channel, String providerReference) {
        return senderFor(channel).status(channel, providerReference);
    }

    @Override
    public Duration watchWindow(Channel channel) {
        return senderFor(channel).watchWindow(channel);
    }

    private CodeSender senderFor(Channel channel) {
        return channel == Channel.SMS ? sms : email;
    }

    /** A test goes by email when the destination is an address, else by text. */
    @Override
    public DeliveryResult sendTest(String destination, String firmName) {
        return (destination.contains("@") ? email : sms).sendTest(destination, firmName);
    }

    /** Notices to the firm go by email. */
    @Override
    public DeliveryResult sendNotice(String to, String subject, String text) {
        return email.sendNotice(to, subject, text);
    }

    /** Switches to new senders at once, for settings saved while the program runs. */
    public void replace(CodeSender newSms, CodeSender newEmail) {
        this.sms = newSms;
        this.email = newEmail;
    }

    public CodeSender sms() {
        return sms;
    }

    public CodeSender email() {
        return email;
    }

    /** True when either channel only keeps messages in the outbox. */
    public boolean demonstration() {
        return sms instanceof Outbox || email instanceof Outbox;
    }

    @Override
    public String describe() {
        if (sms instanceof Outbox && email instanceof Outbox) {
            return sms.describe();
        }
        return "texts by " + sms.describe() + ", email by " + email.describe();
    }
}
