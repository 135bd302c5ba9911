package dev.needle.generate;

import dev.needle.generate.Model.Account;
import dev.needle.generate.Model.Contact;
import dev.needle.generate.Model.Deal;

/** What reps type into Subject, Description and the two buyer-value fields. */
final class Texts {
    /** Information, context or insight the buyer gets from a valuable touch (Value_for_Buyer__c). */
    static final String[] BUYER_VALUES = {
        "Benchmark of onboarding time at three peer companies", "ROI model built on their own volumes",
        "Case study from a customer in their industry", "Answers to the IT security questionnaire",
        "Implementation plan with milestones and owners", "Pricing options compared for their usage",
        "How peers cut month-end close from 10 to 4 days", "Draft business case for the CFO",
        "Reference call with a similar customer", "Walkthrough of the integration with their CRM",
        "Risks in their current vendor contract, renewal terms explained", "Rollout options sized to their team structure"};
    /** The step the buyer should take as a result (Buyer_Next_Step__c). */
    static final String[] BUYER_STEPS = {
        "Share ROI model with the CFO", "Confirm budget owner and timeline", "Introduce us to the IT lead",
        "Book a technical deep-dive", "Review the proposal with procurement", "Send usage data for sizing",
        "Schedule a call with the reference customer", "Decide on pilot scope by Friday",
        "Get legal to review the MSA", "Invite the operations director to the demo"};
    static final String[] VALUABLE_NOTES = {
        "Reviewed current process and pain points; agreed success criteria",
        "Answered security questions, shared architecture overview",
        "Discussed rollout plan with the project team", "Walked through the ROI model line by line",
        "Mapped the decision process and who signs", "Clarified scope, pricing and timeline"};
    /** Empty touches: no value for the buyer, the kind the seeds warn against. */
    static final String[] EMPTY_NOTES = {
        "checking in", "following up", "just touching base", "circling back", "any update on your side?",
        "quick catch-up"};
    private static final String[] DEAL_EMAIL_SUBJECTS = {
        "Re: next steps", "Re: pricing question", "Follow up", "Re: implementation timeline",
        "Re: security questionnaire", "Re: contract redlines"};
    private static final String[] INTERNAL_EMAIL_SUBJECTS = {
        "Re: territory plan", "Re: expense report", "Fwd: pricing approval", "Re: travel booking",
        "Re: commission statement", "Fwd: product update", "Re: team offsite"};

    private Texts() {
    }

    static String subject(Kind kind, Contact contact, Account account, Deal deal, Dice dice) {
        return switch (kind) {
            case PROSPECTING_CALL -> dice.pick("Cold call", "Intro call", "Prospecting call") + " - " + contact.name();
            case PROSPECTING_EMAIL -> "Email: " + dice.pick("Introduction", "Idea for " + account.name,
                    "Quick question", "Peer benchmark for " + account.industry);
            case LINKEDIN_MESSAGE -> "LinkedIn message to " + contact.name();
            case DISCOVERY_MEETING -> "Discovery meeting - " + account.name;
            case DEMO -> "Product demo - " + account.name;
            case FOLLOW_UP_CALL -> "Follow-up call - " + contact.name();
            case EMAIL -> "Email: " + dice.pick(deal != null ? DEAL_EMAIL_SUBJECTS : INTERNAL_EMAIL_SUBJECTS);
            case VOICEMAIL -> "Left voicemail - " + contact.name();
            case CLIENT_CHECK_IN -> "Check-in with " + contact.name();
            case PROPOSAL -> "Proposal - " + deal.name;
            case RFP_RESPONSE -> "RFP response - " + account.name;
            case CRM_UPDATE -> dice.pick("Update opportunity notes", "Clean up contact roles", "Log call notes",
                    "Update close dates");
            case INTERNAL_MEETING -> account != null ? "Deal strategy - " + account.name
                    : dice.pick("Pipeline review", "Team huddle", "Forecast call", "Product training");
            case ORDER_FOLLOW_UP -> dice.pick("Chase order status", "Invoice query", "Delivery date check") + " - "
                    + account.name;
            case SOCIAL_MEDIA -> dice.pick("LinkedIn feed", "Post on LinkedIn", "Industry news on X");
            case MEETING_PREP -> "Prep: " + (account != null ? account.name : "tomorrow's meetings");
        };
    }

    /** Description for a touch that is not a deal touch: prospecting, client care and internal work. */
    static String note(Kind kind, Dice dice) {
        return switch (kind) {
            case PROSPECTING_CALL -> dice.pick("Asked for a first meeting", "Gatekeeper, call back Tuesday",
                    "Talked about their growth plans", "No fit right now, try next quarter");
            case PROSPECTING_EMAIL -> dice.pick("Sent intro with peer benchmark", "Sent short intro sequence step");
            case LINKEDIN_MESSAGE -> dice.pick("Connection request with note", "Commented and sent a message");
            case DISCOVERY_MEETING -> "First meeting: their priorities and who decides";
            case CLIENT_CHECK_IN -> "Reviewed results since go-live";
            case ORDER_FOLLOW_UP -> "Asked operations to look into it";
            default -> "";
        };
    }

    static String location(Kind kind, Account account, Dice dice) {
        if (kind == Kind.INTERNAL_MEETING) return dice.pick("Zoom", "Conference room 2");
        return dice.pick("Zoom", "Microsoft Teams", "Google Meet", "Phone", account.name + " office");
    }
}
