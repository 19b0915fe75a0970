/**
 * Routines and exercises as data: the YAML model, its loader and the routine state machine.
 *
 * <p>{@link org.formcoach.routine.RoutineLoader#load(java.nio.file.Path)} reads a folder
 * ({@code exercises/*.yaml} plus routine files) into a {@link org.formcoach.routine.Catalog} of valid
 * exercises and routines and the {@link org.formcoach.routine.RoutineError}s of the files that are
 * not; {@link org.formcoach.routine.RoutineRunner} walks one routine's steps, sets and rests.
 * Nothing here knows about poses.
 */
package org.formcoach.routine;
