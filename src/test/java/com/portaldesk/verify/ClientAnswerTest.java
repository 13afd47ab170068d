package com.portaldesk.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.Language;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The one catalogue of what the engine tells a client: both languages, every key, counted words right. */
@Tag("plain")
class ClientAnswerTest {
    @Test
    void triesLeft_areCountedInWords_inBothLanguages() {
        assertThat(ClientAnswer.invalid(4).in(Language.ENGLISH))
                .isEqualTo("That code did not work. You can try 4 more times.");
        assertThat(ClientAnswer.invalid(1).in(Language.ENGLISH))
                .isEqualTo("That code did not work. You can try 1 more time.");
        assertThat(ClientAnswer.invalid(1).in(Language.SPANISH))
                .isEqualTo("Ese código no funcionó. Puede intentarlo una vez más.");
        assertThat(ClientAnswer.invalid(0)).isEqualTo(ClientAnswer.TOO_MANY);
    }

    @Test
    void everyAnswer_isInBothLanguages_andTranslated() {
        ResourceBundle english = ClientAnswer.catalogue(Language.ENGLISH);
        ResourceBundle spanish = ClientAnswer.catalogue(Language.SPANISH);
        assertThat(spanish.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        for (String key : english.keySet()) {
            assertThat(spanish.getString(key)).as(key).isNotEqualTo(english.getString(key));
        }
        for (ClientAnswer answer : new ClientAnswer[] {
            ClientAnswer.codeSent(Channel.SMS),
            ClientAnswer.codeSent(Channel.EMAIL),
            ClientAnswer.channelOff(Channel.SMS),
            ClientAnswer.channelOff(Channel.EMAIL),
            ClientAnswer.cooldown(30),
            ClientAnswer.BAD_DETAILS,
            ClientAnswer.BAD_CODE_FORMAT,
            ClientAnswer.TRY_LATER,
            ClientAnswer.START_AGAIN,
            ClientAnswer.APPROVED,
            ClientAnswer.EXPIRED,
            ClientAnswer.LOCKED
        }) {
            assertThat(english.containsKey(answer.key())).as(answer.key()).isTrue();
        }
        assertThat(ClientAnswer.cooldown(30).in(Language.ENGLISH))
                .isEqualTo("Please wait 30 seconds before asking for another code.");
    }
}
