package io.veille.testsupport.violations.cycleb;

import io.veille.testsupport.violations.cyclea.Left;

/** The other half of a deliberate package cycle. */
public class Right {

    public Left left;
}
