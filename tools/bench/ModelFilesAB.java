import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.translate.NoopTranslator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Times several TorchScript pose model files against each other in one process, call by call in
 * turn (A, B, C, A, B, C, ...), so that a busy moment of a shared machine slows all of them alike.
 * Reports each file's median and quartile time per call and, what is steadier than either, the
 * median of its per-call ratio to the first file. Run through models-ab.sh.
 */
public final class ModelFilesAB {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: models-ab.sh FILE.pt [FILE.pt...]   (the first is the reference)");
            System.exit(2);
        }
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("ai.djl.pytorch.num_threads", System.getProperty("threads", "1"));
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        System.setProperty("ai.djl.pytorch.graph_optimizer", "false");
        int size = Integer.getInteger("size", 192);
        int calls = Integer.getInteger("calls", 600);
        int warmup = 50;

        // the same input for every file: a fixed pseudo-random image (the kernels' time does not
        // depend on the pixel values)
        int[] pixels = new int[size * size * 3];
        Random random = new Random(1);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextInt(256);
        }
        List<Predictor<NDList, NDList>> predictors = new ArrayList<>();
        for (String file : args) {
            Criteria<NDList, NDList> criteria = Criteria.builder().setTypes(NDList.class, NDList.class)
                    .optModelPath(Path.of(file)).optEngine("PyTorch").optTranslator(new NoopTranslator()).build();
            predictors.add(criteria.loadModel().newPredictor());
        }
        double[][] millis = new double[args.length][calls];
        try (NDManager manager = NDManager.newBaseManager()) {
            for (int call = -warmup; call < calls; call++) {
                for (int k = 0; k < args.length; k++) {
                    try (NDManager perCall = manager.newSubManager()) {
                        NDArray input = perCall.create(pixels, new Shape(1, size, size, 3));
                        long start = System.nanoTime();
                        predictors.get(k).predict(new NDList(input)).get(0).toFloatArray();
                        long end = System.nanoTime();
                        if (call >= 0) {
                            millis[k][call] = (end - start) / 1e6;
                        }
                    }
                }
            }
        }
        System.out.printf("| file | median ms | p25 ms | min ms | per-call ratio to %s (median) |%n",
                Path.of(args[0]).getFileName());
        System.out.println("|---|---|---|---|---|");
        for (int k = 0; k < args.length; k++) {
            double[] sorted = millis[k].clone();
            Arrays.sort(sorted);
            double[] ratio = new double[calls];
            for (int i = 0; i < calls; i++) {
                ratio[i] = millis[k][i] / millis[0][i];
            }
            Arrays.sort(ratio);
            System.out.printf("| %s | %.2f | %.2f | %.2f | %.3f |%n", args[k], sorted[calls / 2], sorted[calls / 4],
                    sorted[0], ratio[calls / 2]);
        }
    }
}
