package com.qeetmart.products;

import com.qeetmart.platform.runtime.Launcher;

public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Launcher.run(Application.class, args);
    }
}
