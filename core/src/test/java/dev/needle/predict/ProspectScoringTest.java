package dev.needle.predict;

import dev.needle.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** X Education's public lead set (9,240 leads, target Converted). */
class ProspectScoringTest {
    @Test
    void leadFileReadsEveryLeadDespiteTheTrailingCommaAndTreatsSelectAsNotAnswered() {
        List<Lead> leads = LeadFile.read(SharedData.path("x-education-leads", "Leads.csv"), "Prospect ID", "Converted");

        assertThat(leads).hasSize(9240);
        assertThat(leads).noneSatisfy(lead -> assertThat(lead.attributes()).containsValue("Select"));
        assertThat(leads.stream().filter(Lead::converted).count()).isBetween(3500L, 3600L);
    }

    @Test
    void needleScoresHeldOutLeadsBetterThanPlainLogisticRegressionOnTheNumbers() {
        List<Lead> leads = LeadFile.read(SharedData.path("x-education-leads", "Leads.csv"), "Prospect ID", "Converted");

        ProspectScoring.Comparison comparison = ProspectScoring.compare(leads, 0.3, 42);

        System.out.printf("leads: Needle AUC %.3f [%.3f, %.3f], plain LR AUC %.3f [%.3f, %.3f], %d test leads%n",
                comparison.needle().auc(), comparison.needle().aucLow(), comparison.needle().aucHigh(),
                comparison.baseline().auc(), comparison.baseline().aucLow(), comparison.baseline().aucHigh(),
                comparison.testLeads());
        assertThat(comparison.testLeads()).isEqualTo(2772);
        assertThat(comparison.needle().auc()).isGreaterThan(0.85);
        assertThat(comparison.needle().aucLow()).isGreaterThan(comparison.baseline().aucHigh());
    }
}
