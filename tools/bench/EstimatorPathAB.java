import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.formcoach.capture.OpenCvLoader;
import org.formcoach.pose.MoveNetEstimator;
import org.formcoach.pose.MoveNetModel;
import org.formcoach.pose.PoseEstimate;
import org.formcoach.pose.PyTorchRuntime;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * Does FormCoach's own path to the model cost inference time? In one process, call by call in turn
 * (so a busy moment of a shared machine slows all alike), one model file is called four ways:
 * <ol>
 * <li>bare: the TorchScript file through DJL with a ready int32 tensor (as models-ab.sh does);</li>
 * <li>estimator: FormCoach's MoveNetEstimator on an already decoded photograph (its inference time:
 * the call less DJL's pre- and post-processing, as {@code formcoach bench pose} reports it);</li>
 * <li>decoded: the same, with the photograph decoded again just before the call (as bench pose does);</li>
 * <li>one OpenCV thread: the same as decoded, with OpenCV limited to one thread for that call.</li>
 * </ol>
 * Prints each way's median inference time and its median per-call ratio to the bare call, and the
 * bare call's median over each 50 calls in order (how the machine's speed moved during the run).
 * Run through models-ab.sh --app-path.
 */
public final class EstimatorPathAB {

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: models-ab.sh --app-path [lightning|thunder [MODEL.pt [IMAGE]]]");
            System.exit(2);
        }
        MoveNetModel which = MoveNetModel.valueOf(args[0].toUpperCase());
        Path file = Path.of(args[1]);
        byte[] encoded = Files.readAllBytes(Path.of(args[2]));
        int calls = Integer.getInteger("calls", 300);
        int warmup = 50;
        OpenCvLoader.ensureLoaded();
        PyTorchRuntime.configure(Integer.getInteger("threads", 1));
        int openCvThreads = Core.getNumThreads();
        int size = which.inputSize();
        int[] pixels = new int[size * size * 3];
        Random random = new Random(1);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextInt(256);
        }
        Criteria<NDList, NDList> criteria = Criteria.builder().setTypes(NDList.class, NDList.class)
                .optModelPath(file).optEngine("PyTorch").optTranslator(new NoopTranslator()).build();
        String[] ways = {"bare model call", "estimator, frame decoded once", "estimator, frame decoded before each call",
            "estimator, decoded before each call, one OpenCV thread"};
        double[][] millis = new double[ways.length][calls];
        Mat decoded = decode(encoded);
        try (MoveNetEstimator estimator = MoveNetEstimator.loadFile(which, file);
             ZooModel<NDList, NDList> model = criteria.loadModel();
             Predictor<NDList, NDList> bare = model.newPredictor();
             NDManager manager = NDManager.newBaseManager()) {
            for (int call = -warmup; call < calls; call++) {
                double[] now = new double[ways.length];
                try (NDManager perCall = manager.newSubManager()) {
                    NDArray input = perCall.create(pixels, new Shape(1, size, size, 3));
                    long start = System.nanoTime();
                    bare.predict(new NDList(input)).get(0).toFloatArray();
                    now[0] = (System.nanoTime() - start) / 1e6;
                }
                now[1] = estimator.estimate(decoded).inferenceNanos() / 1e6;
                now[2] = decodedThenEstimated(estimator, encoded);
                Core.setNumThreads(1);
                now[3] = decodedThenEstimated(estimator, encoded);
                Core.setNumThreads(openCvThreads);
                if (call >= 0) {
                    for (int w = 0; w < ways.length; w++) {
                        millis[w][call] = now[w];
                    }
                }
            }
        } finally {
            decoded.release();
        }
        System.out.printf("%s, %s, %d calls each after %d warm-up, in turn; OpenCV threads by default: %d%n",
                which.id(), file.getFileName(), calls, warmup, openCvThreads);
        System.out.println("| way | inference median ms | per-call ratio to the bare call (median) |");
        System.out.println("|---|---|---|");
        for (int w = 0; w < ways.length; w++) {
            double[] ratio = new double[calls];
            for (int i = 0; i < calls; i++) {
                ratio[i] = millis[w][i] / millis[0][i];
            }
            double[] sorted = millis[w].clone();
            Arrays.sort(sorted);
            Arrays.sort(ratio);
            System.out.printf("| %s | %.2f | %.3f |%n", ways[w], sorted[calls / 2], ratio[calls / 2]);
        }
        // the machine's speed over the run: a shared machine switches between quick and slow spells
        StringBuilder spells = new StringBuilder("bare model call, median of each 50 calls in order (ms):");
        for (int from = 0; from + WINDOW <= calls; from += WINDOW) {
            double[] window = Arrays.copyOfRange(millis[0], from, from + WINDOW);
            Arrays.sort(window);
            spells.append(String.format(" %.2f", window[WINDOW / 2]));
        }
        System.out.println(spells);
    }

    private static final int WINDOW = 50;

    private static Mat decode(byte[] encoded) {
        MatOfByte bytes = new MatOfByte(encoded);
        try {
            return Imgcodecs.imdecode(bytes, Imgcodecs.IMREAD_COLOR);
        } finally {
            bytes.release();
        }
    }

    private static double decodedThenEstimated(MoveNetEstimator estimator, byte[] encoded) {
        Mat frame = decode(encoded);
        try {
            PoseEstimate e = estimator.estimate(frame);
            return e.inferenceNanos() / 1e6;
        } finally {
            frame.release();
        }
    }
}
