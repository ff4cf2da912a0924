package io.veille.testsupport.violations.cyclea;

import io.veille.testsupport.violations.cycleb.Right;

/** One half of a deliberate package cycle. */
public class Left {

    public Right right;
}
