from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("newsroom", "0017_picture_renditions")]

    operations = [
        migrations.AddIndex(
            model_name="event",
            index=models.Index(fields=["end_date"], name="event_end_date"),
        ),
    ]
