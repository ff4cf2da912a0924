package io.veille.testsupport.violations.adapter;

/** The adapter side of the deliberate violations. */
public class Controller {
}
