package dev.needle.generate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.generate.GeneratorSettings.Shape;
import dev.needle.generate.Model.Rep;
import dev.needle.generate.NextActions.Hygiene;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * planted-effects.json: the ground truth later features are checked against. Ids are written as
 * the CSV files write them (18 characters in EXPORT style, 15 in LOADER style). An export reshaped by
 * the settings' {@link Shape} adds {@code shape}, {@code files} (object to file name) and, with leads,
 * {@code leads}; the unreshaped export leaves them out, so its file stays as it was. With
 * {@code multiDealAccounts} above 0 the share is written, and the account-touch rule says so.
 */
@JsonPropertyOrder(alphabetic = false)
@JsonInclude(JsonInclude.Include.NON_NULL)
record PlantedEffects(long seed, String until, String firstDay, int workdays, String style,
                      Map<String, Double> opportunityPerTouch, List<Integer> opportunityDelayWorkdays,
                      double inboundOpportunitiesPerRepDay, Double multiDealAccounts,
                      Map<String, Double> advancePerValuableTouch, double emptyTouchFactor,
                      List<Integer> advanceDelayWorkdays, Map<String, Double> lossPerWeek,
                      List<String> noEffectTypes, Map<String, Double> repEmptyTouchShare,
                      List<String> busyNotProductiveReps, Map<String, Double> repStartsWithProspectingShare,
                      Map<String, Double> confounder, Map<String, String> definitions,
                      List<String> openDealsWithoutNextAction, List<String> overdueNextActions,
                      List<String> nextActionsWithoutBuyerValue, List<String> openDealsWithoutNextMeeting,
                      Shape shape, Map<String, String> files, Leads.Counts leads) {

    static PlantedEffects of(GeneratorSettings settings, LocalDate firstDay, List<Rep> reps, Hygiene hygiene,
                             ExportFiles exportFiles, Leads leads) {
        boolean reshaped = !settings.shape().equals(Shape.AS_EXPORTED);
        Map<String, String> files = null;
        if (reshaped) {
            files = new LinkedHashMap<>();
            for (SalesforceObject object : SalesforceObject.values()) {
                if (object != SalesforceObject.LEAD || leads.on()) files.put(object.apiName, exportFiles.fileName(object));
            }
        }
        Map<String, Double> emptyShare = new LinkedHashMap<>();
        Map<String, Double> prospectingFirst = new LinkedHashMap<>();
        for (Rep rep : reps) {
            emptyShare.put(rep.id, rep.emptyShare);
            prospectingFirst.put(rep.id, rep.prospectingFirstShare);
        }
        Map<String, Double> loss = new LinkedHashMap<>();
        loss.put("touchedWithin21Days", Effects.LOSS_PER_WEEK * settings.lossFactor());
        loss.put("untouched21DaysOrMore", Effects.LOSS_PER_WEEK_UNTOUCHED * settings.lossFactor());
        Map<String, Double> confounder = new LinkedHashMap<>();
        confounder.put("dayIntensitySigma", Simulation.INTENSITY_SIGMA);
        confounder.put("busyRepSurgeDayShare", Simulation.SURGE_DAY_SHARE);
        confounder.put("busyRepSurgeFactor", Simulation.SURGE_FACTOR);
        return new PlantedEffects(settings.seed(), settings.until().toString(), firstDay.toString(), settings.days(),
                settings.style().name(), labels(Effects.OPPORTUNITY_PER_TOUCH),
                List.of(0, Effects.CREATION_DELAY_MAX_WORKDAYS), Effects.INBOUND_PER_REP_DAY,
                settings.multiDealAccounts() > 0 ? settings.multiDealAccounts() : null,
                labels(Effects.ADVANCE_PER_VALUABLE_TOUCH), Effects.EMPTY_TOUCH_FACTOR,
                List.of(Effects.ADVANCE_DELAY_MIN_WORKDAYS, Effects.ADVANCE_DELAY_MAX_WORKDAYS), loss,
                Effects.noEffectTypes().stream().map(kind -> kind.label).toList(), emptyShare,
                reps.stream().filter(rep -> rep.busy).map(rep -> rep.id).toList(), prospectingFirst, confounder,
                definitionTexts(leads.on(), settings.multiDealAccounts() > 0), hygiene.openDealsWithoutNextAction(), hygiene.overdueNextActions(),
                hygiene.nextActionsWithoutBuyerValue(), hygiene.openDealsWithoutNextMeeting(),
                reshaped ? settings.shape() : null, files, leads.on() ? leads.counts() : null);
    }

    void write(Path file) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        new ObjectMapper().writer(printer).writeValue(file.toFile(), this);
    }

    private static Map<String, Double> labels(Map<Kind, Double> byKind) {
        Map<String, Double> byLabel = new LinkedHashMap<>();
        byKind.forEach((kind, value) -> byLabel.put(kind.label, value));
        return byLabel;
    }

    private static Map<String, String> definitionTexts(boolean withLeads, boolean multiDeal) {
        Map<String, String> definitions = new LinkedHashMap<>();
        definitions.put("accountTouch", "a Task or Event whose WhatId is an Account (001) and WhoId a Contact; "
                + (multiDeal ? "it can create an opportunity while the account has no open opportunity or, on the "
                + "multiDealAccounts share of accounts, whatever opportunities are open"
                : "it can create an opportunity only while the account has no open opportunity"));
        if (multiDeal) {
            definitions.put("multiDealAccounts", "share of accounts, drawn at random, that open a new opportunity "
                    + "while others are open (expansion, another product, another department): their account touches "
                    + "continue while a deal is open and create opportunities with the same opportunityPerTouch");
        }
        definitions.put("dealTouch", "a Task or Event whose WhatId is an open Opportunity (006) and WhoId a Contact");
        definitions.put("emptyTouch", "a deal touch whose Value_for_Buyer__c is empty; it advances the deal with "
                + "emptyTouchFactor times the valuable-touch chance");
        definitions.put("repEmptyTouchShare", "probability that a deal touch of this rep is empty");
        definitions.put("repStartsWithProspectingShare", "probability that a working day of this rep starts with an "
                + "opportunity-creation touch (Prospecting Call, Prospecting Email, LinkedIn Message, or a Discovery "
                + "Meeting on an account); otherwise it starts with an Email");
        definitions.put("confounder", "each rep-day's counts of every type are scaled by exp(N(0, dayIntensitySigma)), "
                + "times busyRepSurgeFactor on busyRepSurgeDayShare of a busy rep's days; the inbound-opportunity "
                + "chance is scaled by the same intensity, so busy days bring results no touch caused");
        definitions.put("delays", "working days (Monday-Friday) after the touch; effects due after until are not in "
                + "the export");
        definitions.put("wonRevenue", "a won deal's Amount");
        if (withLeads) {
            definitions.put("lead", "a Lead (00Q) is a contact of an account that was a Prospect with no opportunity "
                    + "when the history started, exported as a lead until the account's first opportunity is created; "
                    + "then it converts (ConvertedAccountId, ConvertedContactId, ConvertedDate = the opportunity's "
                    + "CreatedDate date; ConvertedOpportunityId on the lead touched last). A Task or Event with a Lead "
                    + "WhoId and no WhatId is an account touch on the lead's company: it counts toward "
                    + "opportunityPerTouch like a touch on the ConvertedAccountId. Unconverted leads' companies are "
                    + "not in Account.csv");
        }
        return definitions;
    }
}
