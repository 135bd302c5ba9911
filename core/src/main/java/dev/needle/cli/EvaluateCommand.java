package dev.needle.cli;

import dev.needle.app.Needle;
import dev.needle.domain.Dataset;
import dev.needle.measure.Datasets;
import dev.needle.predict.Evaluation;
import dev.needle.predict.Scores;
import dev.needle.predict.Scores.CalibrationBin;
import dev.needle.view.EvaluationDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"How good the win probabilities are on a time split: learn from the deals closed before the cut,",
                "test on those closed after it; AUC (95%% interval), Brier score, log loss and calibration, beside the",
                "stage win-rate baseline and naive Bayes over stage and lead source. See docs/models.md."})
final class EvaluateCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--cut", paramLabel = "DATE", description = "Split date (default: the 70th percentile of close dates).")
    LocalDate cut;

    @Mixin
    AsOfOption moment;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() {
        Evaluation evaluation;
        try (Needle needle = Needle.open(main.settings())) {
            Dataset data = needle.store().dataset();
            if (moment.asOf != null) data = Datasets.asOf(data, moment.asOf);
            evaluation = Evaluation.run(data, cut != null ? cut : Evaluation.defaultCut(data), moment.asOf);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.json) Json.print(out, EvaluationDocument.of(evaluation));
        else print(out, evaluation);
        return 0;
    }

    static void print(PrintWriter out, Evaluation evaluation) {
        out.printf("Time split at %s: learned from %d won and %d lost deals; tested on %d deals closed after it.%n",
                evaluation.cut(), evaluation.trainingWon(), evaluation.trainingLost(), evaluation.model().deals());
        out.println("Decision: " + evaluation.decision().reason() + ".");
        if (evaluation.reservation() != null && !evaluation.reservation().equals(evaluation.decision().reason())
                && !evaluation.reservation().startsWith(evaluation.decision().reason())) out.println(evaluation.reservation());
        out.printf("%-34s %-22s %7s %8s %11s%n", "model", "AUC [95%]", "Brier", "log loss", "calib. err.");
        line(out, evaluation.fallback() || evaluation.noSignal() ? "Needle (stage baseline fallback)" : "Needle", evaluation.model());
        if (evaluation.noSignal()) line(out, "learned model (not used)", evaluation.learned());
        line(out, "stage win rate (calibrated)", evaluation.stageBaseline());
        line(out, "stage win rate (raw, as CRMs show)", evaluation.crmStageRates());
        line(out, "naive Bayes (stage, lead source)", evaluation.naiveBayes());
        out.println();
        out.println("Calibration (Needle, deciles of predicted probability): predicted -> observed win rate");
        for (CalibrationBin bin : evaluation.model().calibration()) {
            out.printf("  %5.2f -> %5.2f  (%d deals)%n", bin.predicted(), bin.observed(), bin.deals());
        }
        out.flush();
    }

    private static void line(PrintWriter out, String name, Scores scores) {
        out.printf("%-34s %-22s %7.3f %8.3f %11.3f%n", name,
                String.format("%.3f [%.3f, %.3f]", scores.auc(), scores.aucLow(), scores.aucHigh()),
                scores.brier(), scores.logLoss(), scores.calibrationError());
    }
}
