package nl.samenspraak.input.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.FormKey;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InvalidInputException;
import nl.samenspraak.input.NewInput;

/** An input that a professional writes down for a resident (door-to-door, meeting, paper, phone). */
class CaptureForm {

    private String text = "";
    private String channel = "";
    private String receivedOn = "";
    private boolean publish;
    private String name = "";
    private String contactBy = "";
    private String email = "";
    private String postalAddress = "";
    private String phone = "";
    private boolean consent;
    private boolean receiptByPost;
    /** The form's one-time key: the same form saved twice stores one input. */
    private String formKey = "";

    static CaptureForm startingOn(LocalDate today) {
        CaptureForm form = new CaptureForm();
        form.receivedOn = today.toString();
        form.formKey = FormKey.random().value();
        return form;
    }

    /** The input for {@link InputIntake}; throws {@link InvalidInputException} for a date that cannot be read. */
    NewInput toNewInput(UUID capturedBy) {
        Channel ch = Arrays.stream(Channel.values()).filter(c -> c.name().equals(channel)).findFirst().orElse(null);
        ContactBy by = Arrays.stream(ContactBy.values()).filter(c -> c.name().equals(contactBy)).findFirst()
                .orElse(ContactBy.NONE);
        return new NewInput(text, ch, date(receivedOn), publish,
                new Author(name, email, postalAddress, phone, by, consent), capturedBy, Input.DUTCH, receiptByPost,
                FormKey.parse(formKey).orElse(null));
    }

    /** When shown again after an error: the key sent, or a new one if it was missing or forged. */
    void keepValidKey() {
        if (FormKey.parse(formKey).isEmpty()) {
            formKey = FormKey.random().value();
        }
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("receivedOn", "input.error.receivedOnFormat");
        }
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getReceivedOn() { return receivedOn; }
    public void setReceivedOn(String receivedOn) { this.receivedOn = receivedOn; }
    public boolean isPublish() { return publish; }
    public void setPublish(boolean publish) { this.publish = publish; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getContactBy() { return contactBy; }
    public void setContactBy(String contactBy) { this.contactBy = contactBy; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPostalAddress() { return postalAddress; }
    public void setPostalAddress(String postalAddress) { this.postalAddress = postalAddress; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public boolean isReceiptByPost() { return receiptByPost; }
    public void setReceiptByPost(boolean receiptByPost) { this.receiptByPost = receiptByPost; }
    public String getFormKey() { return formKey; }
    public void setFormKey(String formKey) { this.formKey = formKey; }
}
