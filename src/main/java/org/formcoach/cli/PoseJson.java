package org.formcoach.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.Pose;
import org.formcoach.pose.PosePoint;

/** The JSON shape of a pose, shared by the commands and reports that print one. */
final class PoseJson {

    private PoseJson() {
    }

    static ArrayNode keypoints(ObjectMapper mapper, Pose pose) {
        ArrayNode array = mapper.createArrayNode();
        for (Keypoint k : Keypoint.values()) {
            PosePoint p = pose.point(k);
            ObjectNode o = array.addObject();
            o.put("name", k.id());
            o.put("x", round(p.x(), 2));
            o.put("y", round(p.y(), 2));
            o.put("score", round(p.score(), 4));
        }
        return array;
    }

    static double round(double value, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(value * f) / f;
    }
}
