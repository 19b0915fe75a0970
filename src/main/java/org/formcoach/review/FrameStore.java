package org.formcoach.review;

import java.util.ArrayList;
import java.util.List;
import org.formcoach.capture.OpenCvLoader;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * Every frame of a video kept in memory as JPEG, for stepping back and forth without seeking in the
 * file: a minute of 640×480 video takes about 60 MB. Frames are decoded when shown.
 */
public final class FrameStore {

    /** JPEG quality of the kept frames: steps show no visible loss. */
    static final int QUALITY = 90;
    /** More frames than this (about ten minutes at 30 fps) are not kept: the video is cut there. */
    public static final int MAX_FRAMES = 18_000;

    private final List<byte[]> frames = new ArrayList<>();

    /** Adds a BGR frame (copied); returns false when the store is full. */
    public synchronized boolean add(Mat bgr) {
        if (frames.size() >= MAX_FRAMES) {
            return false;
        }
        OpenCvLoader.ensureLoaded();
        MatOfByte jpeg = new MatOfByte();
        MatOfInt params = new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, QUALITY);
        try {
            Imgcodecs.imencode(".jpg", bgr, jpeg, params);
            frames.add(jpeg.toArray());
        } finally {
            jpeg.release();
            params.release();
        }
        return true;
    }

    public synchronized int size() {
        return frames.size();
    }

    /** Frame {@code i} as a new BGR image the caller releases. */
    public Mat decode(int i) {
        byte[] jpeg;
        synchronized (this) {
            jpeg = frames.get(i);
        }
        OpenCvLoader.ensureLoaded();
        MatOfByte bytes = new MatOfByte(jpeg);
        try {
            return Imgcodecs.imdecode(bytes, Imgcodecs.IMREAD_COLOR);
        } finally {
            bytes.release();
        }
    }

    /** Frame {@code i} as a picture (for Java2D and JavaFX). */
    public java.awt.image.BufferedImage image(int i) {
        byte[] jpeg;
        synchronized (this) {
            jpeg = frames.get(i);
        }
        try {
            return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jpeg));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a kept frame cannot be decoded", e);
        }
    }
}
